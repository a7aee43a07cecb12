import { createContext, useContext } from "react";

/** The per-request CSP nonce, provided by entry.server.tsx; empty in the browser (it is hidden there). */
export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
