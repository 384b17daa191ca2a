/** Vite's `?raw` imports: a file of the app's own, as a string in a module of the bundle. */
declare module '*?raw' {
  const text: string;
  export default text;
}
