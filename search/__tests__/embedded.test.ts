import { EmbeddedSearch } from "../adapters/embedded";
import { runSearchContract } from "./contract";

runSearchContract("embedded", async () => new EmbeddedSearch());
