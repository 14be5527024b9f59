import { defineConfig } from 'drizzle-kit';

// Every `*.table.ts` in core and the modules makes up the one schema;
// `npm run db:generate` writes the next SQL migration into drizzle/.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/core/**/*.table.ts', './src/modules/**/*.table.ts'],
  out: './drizzle',
});
