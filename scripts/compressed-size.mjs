// The sizes of a file as users download it: raw bytes, gzip at level 9 and brotli at its best
// quality. One measure for the size report and the benchmark, so that both print the same figures.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const brotliSize = (code) =>
  brotliCompressSync(Buffer.from(code), {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  }).length;

export const gzipSize = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

export const measure = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSize(code),
  brotli: brotliSize(code),
});
