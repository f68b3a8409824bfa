// Mutation runs only (vitest.mutation.config.ts): every test file imports the library afresh, so a mutant
// in code that runs once when a module loads (the grammar's rules are built then) takes effect in the
// runs Stryker makes with it active. Without this, the one shared module graph keeps the rules built
// before any mutant was active, and such a mutant survives whatever the tests check.
import { vi } from "vitest";

vi.resetModules();
