// PouchDB, the LevelDB binding and PouchDB's HTTP client (with its URL and cookie libraries) are
// over half of the main side's code: built as a lazy chunk (scripts/main-bundle-options.ts) and
// loaded only when sharing is used, so an app that never shares never reads or compiles them.
export * as replica from './replica';
export * as link from './server-link';
