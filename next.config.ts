import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (several developers, or tests beside a running app) use separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // pdfkit reads its font metrics from disk, and pg/pglite load native-ish modules at run time.
  serverExternalPackages: ["pdfkit", "pg", "nodemailer"],
  typedRoutes: false,
};

export default nextConfig;
