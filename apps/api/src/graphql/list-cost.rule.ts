import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  ValueNode,
} from 'graphql';
import { ATTENTION_MAX_LIMIT } from '../dashboards/attention-page';
import { PD_RECORDS_MAX_LIMIT } from '../pd-records/pd-records.service';
import { ATTENTION_REASON_ORDER } from '../renewal-standing/renewal-standing';

/**
 * How many items a list field can return, for the cost analysis. graphql-armor's cost limit
 * weighs every object and scalar the same whether it sits in a list of one or of a thousand, so it
 * cannot see `pdRecords { educator { pdRecords { ... } } }` fanning out: this rule can.
 *
 * - A list field with a `limit` argument counts as that many (its default when absent), never more
 *   than its cap below (the resolver refuses a larger `limit`; a variable counts at the cap, since
 *   validation runs before variables are known).
 * - The `rows`/`items` list of a page counts as the `limit` of the field that returned the page.
 * - Every other list counts at its declared maximum below: the hard limit the resolver enforces
 *   (PD records), or what the data can hold (a district's schools, a rule set's categories).
 *   A list missing from the table counts as DEFAULT_LIST_SIZE.
 */
export const LIST_LIMITS: Record<string, number> = {
  // Paged or limited by an argument: the resolver's cap (checkIntRange) on `limit`.
  'Query.accountsWithoutPassword': 500,
  'Query.auditEvents': 200,
  'Query.catalogItems': 100,
  'Query.importRuns': 100,
  'Query.preApprovalQueue': 100,
  'Query.relicensureReport': 200,
  'Query.reviewQueue': 100,
  'Query.staff': 100,
  'Query.districtDashboard': 500,
  'GoalProgress.notCounted': 200,
  'SchoolDashboard.attention': ATTENTION_MAX_LIMIT,
  // Hard limits enforced by the resolvers.
  'Query.myPdRecords': PD_RECORDS_MAX_LIMIT,
  'Educator.pdRecords': PD_RECORDS_MAX_LIMIT,
  // Capped where they are written or read: drafts per educator (MAX_DRAFTS_PER_EDUCATOR), trusted
  // issuers (MAX_TRUSTED_ISSUERS), waiting issuers and their badges (LIMIT 100, MAX_WAITING_BADGES),
  // badge origins (MAX_ORIGINS), bulk approvals (MAX_BULK_IDS), evidence files per record
  // (MAX_EVIDENCE_FILES_PER_RECORD). The rest are bounded by the data: a district's schools and
  // goals, a person's pre-approval requests, a rule set's parts.
  'Query.schools': 200,
  'Viewer.schools': 50,
  'Educator.schools': 10,
  'Educator.licenses': 10,
  'Educator.renewals': 10,
  'Query.goals': 100,
  'Query.myDrafts': 50,
  'Query.myPreApprovals': 100,
  'Query.trustedIssuers': 500,
  'Query.waitingIssuers': 100,
  'WaitingIssuer.badges': 20,
  'Query.badgeOrigins': 200,
  'Query.rulePresets': 60,
  'Query.pdHoursByMonth': 12,
  'DistrictDashboard.schools': 200,
  'DistrictDashboard.trend': 24,
  'SchoolDashboard.pdByMonth': 12,
  'SchoolDashboard.needsAttention': 50,
  // One count per attention reason.
  'AttentionPage.byReason': ATTENTION_REASON_ORDER.length,
  'PdRecord.evidenceFiles': 10,
  'PdDraft.evidenceFiles': 10,
  'PdRecord.possibleDuplicates': 10,
  'Query.myPossibleDuplicates': 10,
  'Mutation.bulkApprovePdRecords': 200,
  'Mutation.markPdRecordDistinct': 10,
  'ImportRun.problems': 200,
  'RulePreset.versions': 10,
  // The micro-credential cycle (micro-credentials.service.ts: MAX_ASSESSORS_LISTED,
  // MAX_SUBMISSIONS_LISTED, MAX_PERSONAL_SUBMISSIONS_LISTED; the search's limit is capped at 100;
  // rubric.ts: at most 12 criteria and 6 levels; at most 10 links and 10 files per criterion, and
  // 3 assessors per attempt).
  'Query.microCredentials': 100,
  'Query.assessors': 200,
  'Query.assessorWorkload': 200,
  'Query.microCredentialSubmissions': 100,
  'Query.microCredentialReview': 500,
  'Query.myAssessments': 100,
  'Rubric.criteria': 12,
  'Rubric.levels': 6,
  'McSubmission.portfolio': 12,
  'AssessorAssignment.portfolio': 12,
  'AssessorAssignment.scores': 12,
  'McAssessmentFeedback.scores': 12,
  'McSubmission.feedback': 3,
  'PortfolioEntry.links': 10,
  'PortfolioEntry.evidenceFileIds': 10,
  // The shipped salary-schedule presets.
  'Query.salarySchedulePresets': 20,
  // The signed-in person's pending password-reset notice: none or one.
  'Query.myPasswordResetNotices': 1,
  // One preference per notification kind.
  'Query.notificationPreferences': 10,
  'Mutation.setNotificationEmail': 10,
};

/** Lists of a rule set's or an evaluation's parts (categories, explanation lines), and the like. */
export const DEFAULT_LIST_SIZE = 20;
const PAGE_LIST_FIELDS = new Set(['rows', 'items', 'licenses']);
const LIMIT_ARGUMENTS = ['limit', 'first', 'expiringLimit'];

/** The cost of one operation: each field counts 1 for every item of every list it sits in. */
export function operationListCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(schema, root, operation.selectionSet, 1, null, fragments, new Set(), 0);
}

function selectionCost(
  schema: GraphQLSchema,
  parentType: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  multiplier: number,
  pageSize: number | null,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
  depth: number,
): number {
  if (depth > 50) return 0; // other rules (depth, fragment cycles) refuse such documents
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
      const field = parentType.getFields()[selection.name.value];
      if (!field) continue;
      cost += multiplier;
      if (!selection.selectionSet) continue;
      const size = isListType(getNullableType(field.type))
        ? listSize(`${parentType.name}.${field.name}`, field, selection, pageSize)
        : 1;
      // A field with a limit that returns a page object passes the limit to the page's rows.
      const ownLimit = isListType(getNullableType(field.type))
        ? null
        : limitArgument(`${parentType.name}.${field.name}`, field, selection);
      cost += selectionCost(
        schema,
        getNamedType(field.type),
        selection.selectionSet,
        multiplier * size,
        ownLimit,
        fragments,
        visiting,
        depth + 1,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
      if (!type) continue;
      cost += selectionCost(schema, type, selection.selectionSet, multiplier, pageSize, fragments, visiting, depth + 1);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue;
      const type = schema.getType(fragment.typeCondition.name.value);
      if (!type) continue;
      visiting.add(name);
      cost += selectionCost(schema, type, fragment.selectionSet, multiplier, pageSize, fragments, visiting, depth + 1);
      visiting.delete(name);
    }
  }
  return cost;
}

function listSize(key: string, field: GraphQLField<unknown, unknown>, node: FieldNode, pageSize: number | null): number {
  const limit = limitArgument(key, field, node);
  if (limit !== null) return limit;
  if (pageSize !== null && PAGE_LIST_FIELDS.has(field.name)) return pageSize;
  return LIST_LIMITS[key] ?? DEFAULT_LIST_SIZE;
}

/** The `limit` the field will run with, at most its cap; null when the field takes none. */
function limitArgument(key: string, field: GraphQLField<unknown, unknown>, node: FieldNode): number | null {
  const definition = field.args.find((arg) => LIMIT_ARGUMENTS.includes(arg.name));
  if (!definition) return null;
  const cap = LIST_LIMITS[key] ?? DEFAULT_LIST_SIZE;
  const given = node.arguments?.find((arg) => arg.name.value === definition.name)?.value;
  // A variable is only known at execution: it counts at the cap.
  const value = given ? intValue(given) : typeof definition.defaultValue === 'number' ? definition.defaultValue : null;
  return value === null ? cap : Math.max(0, Math.min(value, cap));
}

function intValue(value: ValueNode): number | null {
  return value.kind === Kind.INT ? Number(value.value) : null;
}

/**
 * Refuses, before anything runs, an operation whose fields multiplied through their lists exceed
 * `maxCost` (GRAPHQL_MAX_LIST_COST), naming the cost and the limit.
 */
export function listCostRule(maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const document = context.getDocument();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    return {
      OperationDefinition(operation) {
        const cost = operationListCost(context.getSchema(), operation, fragments);
        if (cost > maxCost)
          context.reportError(
            new GraphQLError(
              `This request is too large: it could return ${cost.toLocaleString('en-US')} fields, over the limit of ${maxCost.toLocaleString('en-US')}. ` +
                'Each list counts at its page size (its limit, or its maximum), multiplied through nesting; ask for fewer items, fewer aliases or fewer nested lists.',
              { nodes: [operation] },
            ),
          );
      },
    };
  };
}
