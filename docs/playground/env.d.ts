/** Text files imported by the playground (esbuild's `text` loader): the file's content. */
declare module "*.txt" {
  const text: string;
  export default text;
}
