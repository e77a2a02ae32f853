/** Custom scalars shared by the whole schema. */
import { GraphQLDateTime } from 'graphql-scalars';

/** ISO-8601 date-time with offset, e.g. 2026-11-30T09:00:00Z. Maps to JavaScript Date. */
export const DateTimeScalar = GraphQLDateTime;
