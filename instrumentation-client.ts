import { z } from "zod";

// Runs in the browser before the app's own code. Zod compiles object schemas with `new Function` unless told not
// to, and its probe for that alone is reported as a violation by the pages' policy (no eval in production).
z.config({ jitless: true });
