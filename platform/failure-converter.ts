/**
 * Failure messages and stack traces are encoded through the payload codec too (docs/design.md §9): they can
 * quote payload text. Loaded by path (`failureConverterPath`) so the workflow bundle uses it as well.
 */
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
