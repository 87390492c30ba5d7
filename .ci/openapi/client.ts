// A typed use of the generated client types: if the OpenAPI document loses a path, a parameter or a
// field that frontends rely on, this file stops compiling.
import type { paths, components } from "./generated/roundup-api";

type PostList = paths["/api/v1/posts"]["get"]["responses"]["200"]["content"]["application/json"];
type PostQuery = NonNullable<paths["/api/v1/posts"]["get"]["parameters"]["query"]>;
type Post = components["schemas"]["Post"];
type Problem = components["schemas"]["Problem"];

export const query: PostQuery = { tag: ["kafka"], tagMode: "any", size: 20, sort: "-date", fields: "slug,title" };

export function titles(list: PostList): string[] {
  return (list.items ?? []).map((post) => post.title ?? "");
}

export function sectionHeadings(post: Post): (string | undefined)[] {
  return (post.sections ?? []).map((section) => section.heading);
}

export function explain(problem: Problem): string {
  return `${problem.status}: ${problem.detail} (${problem.parameter ?? "no parameter"})`;
}
