/**
 * `npm run teams:icons`: rasterises the Teams icons from their SVG drawings in appPackage/icons/
 * to the committed PNG files that `npm run teams:package` puts in the zip:
 * color.png (192×192, full-bleed accent colour) and outline.png (32×32, white on transparent).
 * Run it after changing a drawing, look at the result, and commit both the SVG and the PNG.
 */
import { join } from 'node:path'
import sharp from 'sharp'
import { APP_PACKAGE_DIR, ICON_PATHS } from './teams-package.js'

for (const [name, out] of Object.entries(ICON_PATHS)) {
  const info = await sharp(join(APP_PACKAGE_DIR, 'icons', `${name}.svg`)).png({ compressionLevel: 9 }).toFile(out)
  console.log(`${out}: ${info.width}×${info.height}, ${info.size} bytes`)
}
