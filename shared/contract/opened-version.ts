import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';

/**
 * The updatedAt of the version an edit form was opened on. When the stored record's differs
 * (another coordinator's change arrived while the form was open), the save is refused as
 * 'changed-meanwhile' instead of silently replacing that change. Absent: nothing to compare
 * (an undo, a toggle from a list).
 */
export const openedVersionSchema = lazySchema(() => z.iso.datetime({ offset: true }).optional());
