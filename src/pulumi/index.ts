/**
 * The entry point `pulumi preview` / `pulumi up` load (Node.js runs it with its
 * built-in TypeScript type stripping; no ts-node). The default export is the program;
 * what it returns becomes the stack outputs.
 */
import { carrelProgram } from "./program.ts";

export default () => carrelProgram();
