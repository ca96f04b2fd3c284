// Data files are typed by their loaders in src/data/, not inferred from the
// (large) JSON, which would slow the type-checker and tie types to one build.
declare module '*.json' {
  const value: unknown;
  export default value;
}
