// Types of the modules that Vite plugins of this project make up at build time.
declare module 'virtual:osce-kg/bundled-graph-url' {
  /** URL of the bundled graph as one compact JSON file (see src/build/bundled-graph-plugin.ts). */
  const url: string;
  export default url;
}
