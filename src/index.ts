// The package's entry point: the modules under their Python names.
export * as http_client from "./http/client";
export * as http from "./http/index";
export * as io from "./io";
export * as socket from "./socket";
export * as ssl from "./ssl";
export * as builtins from "./builtins";
export * from "./http/client";
