import { CLOTHING } from './catalog/clothing.ts';
import { GOODS } from './catalog/goods.ts';

export type { SampleSpec, StoredOrientation } from './sample-spec.ts';

/** The sample library seeded on first start, in seeding order: what each image shows, its tags. */
export const SAMPLE_SPECS = [...CLOTHING, ...GOODS];
