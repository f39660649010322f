import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (several developers, or tests beside a running app) use separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // pdfkit reads its font metrics from disk, and pg/pglite load native-ish modules at run time.
  serverExternalPackages: ["pdfkit", "fontkit", "pg", "nodemailer"],
  typedRoutes: false,
  // The proxy must see the client router's data requests (`_rsc`, `RSC: 1`) as what they are,
  // so the public page cache never answers one with a stored HTML page.
  skipProxyUrlNormalize: true,
};

export default nextConfig;
