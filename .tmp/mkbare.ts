import { writeBareSite } from '/work/main/scripts/lib/bench/bare-site.ts';
await writeBareSite('/tmp/b10k', '/work/main', '/tmp/c10k/src/content/events');
