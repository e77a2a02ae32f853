// The seeded random stream lives in core/ (analytics samples with it too); kept here for seed code.
export * from '../core/random';
