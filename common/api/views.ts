import { z } from 'zod';
import { FileQuerySchema, type FileQuery } from './file-query.ts';

export const MAX_VIEWS_PER_USER = 100;

/** `POST /api/views`: saving under a name the user already has replaces that view's query. */
export const SaveViewSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the view a name.').max(100),
  query: FileQuerySchema,
});

export type SaveView = z.output<typeof SaveViewSchema>;

export interface SavedView {
  id: number;
  name: string;
  query: FileQuery;
}
