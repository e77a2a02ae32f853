import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context/context';
import { SignedInViewer } from './viewer.type';

@Resolver()
export class ViewerResolver {
  @Query(() => SignedInViewer, {
    description: 'Who is signed in and what the role may see and do: clients hide what it may not.',
  })
  viewer(@Ctx() ctx: RequestContext): SignedInViewer {
    return SignedInViewer.of(ctx.viewer, ctx.services.policy);
  }
}
