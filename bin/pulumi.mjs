// The Pulumi program (`main` in package.json): `pulumi preview` and `pulumi up` load it.
// A library's repository names this file, inside node_modules/carrel, as its own `main`,
// so its Pulumi project runs Carrel's program on its own site.yaml and stacks.
import { carrelModule } from "./entry.mjs";

const program = await import(carrelModule("pulumi/index"));
export default program.default;
