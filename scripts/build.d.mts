/** Types for scripts/build.mjs (plain JavaScript so it runs before anything loads TypeScript). */
export declare const REPO: string
export declare const DIST: string
export declare const SERVER_ENTRY: string
/** Where `entry` (a path relative to the repo) is bundled to: dist/<file name>.mjs. */
export declare function outfileFor(entry: string): string
/** Bundles `entry` (relative to the repo root) with esbuild; returns the absolute path of the .mjs file. */
export declare function buildEntry(entry: string, outfile?: string): string
/** Whether `entry`'s bundle in dist/ is up to date with its sources (same content), so a start may skip the build. */
export declare function isBuildCurrent(entry: string): boolean
