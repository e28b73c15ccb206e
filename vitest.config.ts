import { defineConfig } from "vitest/config";

const shared = {
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // Renewal and lifespan warnings depend on the date: pin it so results do not drift.
  env: { CARREL_TODAY: "2026-11-23" },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: "carrel",
          include: ["test/**/*.test.ts"],
          exclude: ["test/components/**", "test/pulumi/**"],
        },
      },
      {
        // Loading @pulumi/pulumi costs seconds per worker; these tests reset Pulumi's
        // runtime state themselves, so they share workers instead of each importing it anew.
        test: {
          ...shared,
          name: "pulumi",
          include: ["test/components/**/*.test.ts", "test/pulumi/**/*.test.ts"],
          isolate: false,
        },
      },
    ],
  },
});
