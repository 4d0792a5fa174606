// file-type and its tokenizer libraries: a lazy chunk (scripts/main-bundle-options.ts), loaded
// the first time a certificate is attached rather than at every start.
export { fileTypeFromBuffer } from 'file-type';
