import type { Caller, TestContext } from '../support/app.js';
import type { TestTenant } from '../support/factories.js';

/**
 * A record of the home tenant that a route names, with a body that passes
 * validation, so the route-by-role test can try it as another tenant.
 * Each module adds a file here exporting `targets`; every route with a path
 * parameter must be covered by one of them.
 */
export interface RouteTarget {
  params: Record<string, string>;
  body?: Record<string, unknown>;
}

export interface TargetContext {
  ctx: TestContext;
  home: TestTenant;
  /** A logged-in administrator of the home tenant, for creating records through the API. */
  homeAdmin: Caller;
}

export type TargetFactory = (context: TargetContext) => Promise<Record<string, RouteTarget>>;
