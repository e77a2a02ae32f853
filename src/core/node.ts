/** The Relay `Node` interface every major object implements. */
import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'An object with a globally unique, opaque id.' })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; pass it back to `node(id:)`.' })
  id!: string;
}
