import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pdfkit reads its font metrics from disk, and pg/pglite load native-ish modules at run time.
  serverExternalPackages: ["pdfkit", "pg", "nodemailer"],
  typedRoutes: false,
};

export default nextConfig;
