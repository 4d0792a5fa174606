// The ZIP writer and reader (fflate), a lazy chunk (scripts/main-bundle-options.ts): fflate builds
// its tables when it loads, which every start paid for before the first backup export or restore.
export { unzipSync, zipSync } from 'fflate';
