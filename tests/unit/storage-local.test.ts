import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describeStorageContract } from "@/tests/helpers/storage-contract";
import { LocalStorage } from "@/lib/storage/local-storage";

describeStorageContract("local", async () => new LocalStorage(await mkdtemp(path.join(os.tmpdir(), "ll3m-local-"))));
