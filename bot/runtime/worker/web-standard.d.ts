// workerd's types say clearTimeout(number | null); the web standard (and workerd itself) also
// accept undefined, which shared code passes. An extra overload, not a change to shared code.
declare function clearTimeout(timeoutId: number | null | undefined): void
