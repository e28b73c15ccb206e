/**
 * A machine-readable description of what this module sends to the vsphere provider:
 * for each resource and function its type token, and for each input property its
 * schema type and whether it is required. The mapped types below make the compiler
 * check each description against the TypeScript interface it describes (every property
 * listed, required exactly where the interface requires it), and a test checks the
 * descriptions against the provider's real schema.
 */

/** The schema type of one property. */
export type PropType =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  | "object"
  | { readonly array: PropType }
  | { readonly ref: string; readonly props: PropsSpec<object> };

/** One property: its type and whether the interface requires it. */
export interface PropSpec {
  readonly type: PropType;
  readonly required: boolean;
}

/** Properties of `T`: exactly its keys, `required: true` exactly for its required keys. */
export type PropsSpec<T> = {
  readonly [K in keyof T]-?: Partial<Pick<T, K>> extends Pick<T, K>
    ? { readonly type: PropType; readonly required: false }
    : { readonly type: PropType; readonly required: true };
};

/** A custom resource: token, inputs and the output properties the class exposes. */
export interface ResourceSpec {
  readonly token: string;
  readonly inputs: PropsSpec<object>;
  readonly outputs: readonly string[];
}

/** A provider function: token, its arguments and the result properties typed here. */
export interface FunctionSpec {
  readonly token: string;
  readonly inputs: PropsSpec<object>;
  readonly outputs: readonly string[];
}

/** Shorthands for writing specs. */
export const req = (type: PropType) => ({ type, required: true as const });
export const opt = (type: PropType) => ({ type, required: false as const });
export const arrayOf = (type: PropType) => ({ array: type });
export const ref = <T>(token: string, props: PropsSpec<T>) => ({ ref: token, props });
