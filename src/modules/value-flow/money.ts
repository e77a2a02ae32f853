/**
 * Money in the API: an amount with its ISO 4217 currency. Shared by every module that shows
 * or takes amounts (value flows, scorecards, goals), so `Money` and `Currency` exist once.
 */
import { GraphQLCurrency } from 'graphql-scalars';
import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { DerivedFrom } from '../../auth/derivation';

/** ISO 4217 currency code, e.g. "USD" (graphql-scalars' `Currency`). */
export const CurrencyScalar = GraphQLCurrency;

@ObjectType({ description: 'An amount of money in one currency.' })
@DerivedFrom('MONEY')
export class Money {
  @Field(() => Float)
  amount!: number;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;

  static of(amount: number, currency: string): Money {
    return Object.assign(new Money(), { amount, currency });
  }
}

@InputType({ description: 'An amount of money in one currency.' })
export class MoneyInput {
  @Field(() => Float)
  amount!: number;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;
}
