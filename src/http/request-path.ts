// The request header in which the proxy passes on the path (and query) the browser asked for.
// No Next or server-only imports: the proxy imports this.
export const REQUEST_PATH_HEADER = "x-k2030-request-path";
