// The calendar writer (ics and its validation library): loaded on first export as a lazy chunk
// (scripts/main-bundle-options.ts), so starting the app does not read and compile it.
export { createEvents } from 'ics';
