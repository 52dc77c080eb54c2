/** Vite's `?raw` imports: a file's text (the API guide, checked against the code). */
declare module "*?raw" {
  const text: string;
  export default text;
}
