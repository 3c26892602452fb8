#!/usr/bin/env node
// The http-client-py command (package.json "bin"); the tool itself is main.ts.
import { runMain } from "./main";

void runMain();
