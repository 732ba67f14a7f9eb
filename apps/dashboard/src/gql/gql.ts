/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ViewerFields on Viewer {\n  accountId\n  email\n  role\n  displayName\n  district {\n    id\n    name\n    stateCode\n  }\n  educator {\n    id\n    fullName\n  }\n  schools {\n    id\n    name\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}": typeof types.ViewerFieldsFragmentDoc,
    "query DistrictSchools($schoolYear: Int) {\n  schools {\n    id\n    name\n    staffCount\n    pdSummary(schoolYear: $schoolYear) {\n      hourEquivalents\n      recordCount\n      educatorsWithPd\n    }\n  }\n  districtStaff: staff(limit: 1, schoolYear: $schoolYear) {\n    totalCount\n  }\n  districtMonths: pdHoursByMonth(schoolYear: $schoolYear) {\n    month\n    hourEquivalents\n    recordCount\n  }\n}": typeof types.DistrictSchoolsDocument,
    "query Educator($id: ID!, $schoolYear: Int) {\n  educator(id: $id) {\n    id\n    fullName\n    email\n    stateEducatorId\n    hireDate\n    highestDegree\n    salaryLane\n    salaryStep\n    schools {\n      id\n      name\n    }\n    licenses {\n      id\n      stateCode\n      licenseType\n      number\n      issuedOn\n      cycleStart\n      cycleEnd\n    }\n    pdTotals(schoolYear: $schoolYear) {\n      ...PdTotalsFields\n    }\n    pdRecords {\n      ...PdRecordRow\n    }\n  }\n}": typeof types.EducatorDocument,
    "query PdHoursByMonth($schoolId: ID, $schoolYear: Int) {\n  pdHoursByMonth(schoolId: $schoolId, schoolYear: $schoolYear) {\n    month\n    hourEquivalents\n    recordCount\n  }\n}": typeof types.PdHoursByMonthDocument,
    "fragment PdRecordRow on PdRecord {\n  id\n  title\n  activityType\n  amount\n  unit\n  hourEquivalents\n  completedOn\n  status\n  feedback\n  evidenceUrl\n  catalogItem {\n    id\n    name\n    issuer {\n      id\n      name\n    }\n  }\n}\n\nfragment PdTotalsFields on PdTotals {\n  hourEquivalents\n  recordCount\n  byUnit {\n    unit\n    amount\n    recordCount\n  }\n}\n\nquery MyPdRecords($schoolYear: Int) {\n  myPdRecords {\n    ...PdRecordRow\n  }\n  me {\n    accountId\n    educator {\n      id\n      pdTotals(schoolYear: $schoolYear) {\n        ...PdTotalsFields\n      }\n    }\n  }\n}\n\nmutation SubmitPdRecord($input: SubmitPdRecordInput!) {\n  submitPdRecord(input: $input) {\n    ...PdRecordRow\n  }\n}": typeof types.PdRecordRowFragmentDoc,
    "query Staff($schoolId: ID, $search: String, $sortBy: StaffSortField, $sortDirection: SortDirection, $offset: Int, $limit: Int, $schoolYear: Int) {\n  staff(\n    schoolId: $schoolId\n    search: $search\n    sortBy: $sortBy\n    sortDirection: $sortDirection\n    offset: $offset\n    limit: $limit\n    schoolYear: $schoolYear\n  ) {\n    totalCount\n    rows {\n      educator {\n        id\n        fullName\n        email\n      }\n      hourEquivalents\n      recordCount\n      lastPdOn\n    }\n  }\n}\n\nquery SchoolOptions {\n  schools {\n    id\n    name\n  }\n}": typeof types.StaffDocument,
};
const documents: Documents = {
    "fragment ViewerFields on Viewer {\n  accountId\n  email\n  role\n  displayName\n  district {\n    id\n    name\n    stateCode\n  }\n  educator {\n    id\n    fullName\n  }\n  schools {\n    id\n    name\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}": types.ViewerFieldsFragmentDoc,
    "query DistrictSchools($schoolYear: Int) {\n  schools {\n    id\n    name\n    staffCount\n    pdSummary(schoolYear: $schoolYear) {\n      hourEquivalents\n      recordCount\n      educatorsWithPd\n    }\n  }\n  districtStaff: staff(limit: 1, schoolYear: $schoolYear) {\n    totalCount\n  }\n  districtMonths: pdHoursByMonth(schoolYear: $schoolYear) {\n    month\n    hourEquivalents\n    recordCount\n  }\n}": types.DistrictSchoolsDocument,
    "query Educator($id: ID!, $schoolYear: Int) {\n  educator(id: $id) {\n    id\n    fullName\n    email\n    stateEducatorId\n    hireDate\n    highestDegree\n    salaryLane\n    salaryStep\n    schools {\n      id\n      name\n    }\n    licenses {\n      id\n      stateCode\n      licenseType\n      number\n      issuedOn\n      cycleStart\n      cycleEnd\n    }\n    pdTotals(schoolYear: $schoolYear) {\n      ...PdTotalsFields\n    }\n    pdRecords {\n      ...PdRecordRow\n    }\n  }\n}": types.EducatorDocument,
    "query PdHoursByMonth($schoolId: ID, $schoolYear: Int) {\n  pdHoursByMonth(schoolId: $schoolId, schoolYear: $schoolYear) {\n    month\n    hourEquivalents\n    recordCount\n  }\n}": types.PdHoursByMonthDocument,
    "fragment PdRecordRow on PdRecord {\n  id\n  title\n  activityType\n  amount\n  unit\n  hourEquivalents\n  completedOn\n  status\n  feedback\n  evidenceUrl\n  catalogItem {\n    id\n    name\n    issuer {\n      id\n      name\n    }\n  }\n}\n\nfragment PdTotalsFields on PdTotals {\n  hourEquivalents\n  recordCount\n  byUnit {\n    unit\n    amount\n    recordCount\n  }\n}\n\nquery MyPdRecords($schoolYear: Int) {\n  myPdRecords {\n    ...PdRecordRow\n  }\n  me {\n    accountId\n    educator {\n      id\n      pdTotals(schoolYear: $schoolYear) {\n        ...PdTotalsFields\n      }\n    }\n  }\n}\n\nmutation SubmitPdRecord($input: SubmitPdRecordInput!) {\n  submitPdRecord(input: $input) {\n    ...PdRecordRow\n  }\n}": types.PdRecordRowFragmentDoc,
    "query Staff($schoolId: ID, $search: String, $sortBy: StaffSortField, $sortDirection: SortDirection, $offset: Int, $limit: Int, $schoolYear: Int) {\n  staff(\n    schoolId: $schoolId\n    search: $search\n    sortBy: $sortBy\n    sortDirection: $sortDirection\n    offset: $offset\n    limit: $limit\n    schoolYear: $schoolYear\n  ) {\n    totalCount\n    rows {\n      educator {\n        id\n        fullName\n        email\n      }\n      hourEquivalents\n      recordCount\n      lastPdOn\n    }\n  }\n}\n\nquery SchoolOptions {\n  schools {\n    id\n    name\n  }\n}": types.StaffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ViewerFields on Viewer {\n  accountId\n  email\n  role\n  displayName\n  district {\n    id\n    name\n    stateCode\n  }\n  educator {\n    id\n    fullName\n  }\n  schools {\n    id\n    name\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}"): (typeof documents)["fragment ViewerFields on Viewer {\n  accountId\n  email\n  role\n  displayName\n  district {\n    id\n    name\n    stateCode\n  }\n  educator {\n    id\n    fullName\n  }\n  schools {\n    id\n    name\n  }\n}\n\nquery Me {\n  me {\n    ...ViewerFields\n  }\n}\n\nmutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    ...ViewerFields\n  }\n}\n\nmutation SignOut {\n  signOut\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictSchools($schoolYear: Int) {\n  schools {\n    id\n    name\n    staffCount\n    pdSummary(schoolYear: $schoolYear) {\n      hourEquivalents\n      recordCount\n      educatorsWithPd\n    }\n  }\n  districtStaff: staff(limit: 1, schoolYear: $schoolYear) {\n    totalCount\n  }\n  districtMonths: pdHoursByMonth(schoolYear: $schoolYear) {\n    month\n    hourEquivalents\n    recordCount\n  }\n}"): (typeof documents)["query DistrictSchools($schoolYear: Int) {\n  schools {\n    id\n    name\n    staffCount\n    pdSummary(schoolYear: $schoolYear) {\n      hourEquivalents\n      recordCount\n      educatorsWithPd\n    }\n  }\n  districtStaff: staff(limit: 1, schoolYear: $schoolYear) {\n    totalCount\n  }\n  districtMonths: pdHoursByMonth(schoolYear: $schoolYear) {\n    month\n    hourEquivalents\n    recordCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Educator($id: ID!, $schoolYear: Int) {\n  educator(id: $id) {\n    id\n    fullName\n    email\n    stateEducatorId\n    hireDate\n    highestDegree\n    salaryLane\n    salaryStep\n    schools {\n      id\n      name\n    }\n    licenses {\n      id\n      stateCode\n      licenseType\n      number\n      issuedOn\n      cycleStart\n      cycleEnd\n    }\n    pdTotals(schoolYear: $schoolYear) {\n      ...PdTotalsFields\n    }\n    pdRecords {\n      ...PdRecordRow\n    }\n  }\n}"): (typeof documents)["query Educator($id: ID!, $schoolYear: Int) {\n  educator(id: $id) {\n    id\n    fullName\n    email\n    stateEducatorId\n    hireDate\n    highestDegree\n    salaryLane\n    salaryStep\n    schools {\n      id\n      name\n    }\n    licenses {\n      id\n      stateCode\n      licenseType\n      number\n      issuedOn\n      cycleStart\n      cycleEnd\n    }\n    pdTotals(schoolYear: $schoolYear) {\n      ...PdTotalsFields\n    }\n    pdRecords {\n      ...PdRecordRow\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PdHoursByMonth($schoolId: ID, $schoolYear: Int) {\n  pdHoursByMonth(schoolId: $schoolId, schoolYear: $schoolYear) {\n    month\n    hourEquivalents\n    recordCount\n  }\n}"): (typeof documents)["query PdHoursByMonth($schoolId: ID, $schoolYear: Int) {\n  pdHoursByMonth(schoolId: $schoolId, schoolYear: $schoolYear) {\n    month\n    hourEquivalents\n    recordCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PdRecordRow on PdRecord {\n  id\n  title\n  activityType\n  amount\n  unit\n  hourEquivalents\n  completedOn\n  status\n  feedback\n  evidenceUrl\n  catalogItem {\n    id\n    name\n    issuer {\n      id\n      name\n    }\n  }\n}\n\nfragment PdTotalsFields on PdTotals {\n  hourEquivalents\n  recordCount\n  byUnit {\n    unit\n    amount\n    recordCount\n  }\n}\n\nquery MyPdRecords($schoolYear: Int) {\n  myPdRecords {\n    ...PdRecordRow\n  }\n  me {\n    accountId\n    educator {\n      id\n      pdTotals(schoolYear: $schoolYear) {\n        ...PdTotalsFields\n      }\n    }\n  }\n}\n\nmutation SubmitPdRecord($input: SubmitPdRecordInput!) {\n  submitPdRecord(input: $input) {\n    ...PdRecordRow\n  }\n}"): (typeof documents)["fragment PdRecordRow on PdRecord {\n  id\n  title\n  activityType\n  amount\n  unit\n  hourEquivalents\n  completedOn\n  status\n  feedback\n  evidenceUrl\n  catalogItem {\n    id\n    name\n    issuer {\n      id\n      name\n    }\n  }\n}\n\nfragment PdTotalsFields on PdTotals {\n  hourEquivalents\n  recordCount\n  byUnit {\n    unit\n    amount\n    recordCount\n  }\n}\n\nquery MyPdRecords($schoolYear: Int) {\n  myPdRecords {\n    ...PdRecordRow\n  }\n  me {\n    accountId\n    educator {\n      id\n      pdTotals(schoolYear: $schoolYear) {\n        ...PdTotalsFields\n      }\n    }\n  }\n}\n\nmutation SubmitPdRecord($input: SubmitPdRecordInput!) {\n  submitPdRecord(input: $input) {\n    ...PdRecordRow\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Staff($schoolId: ID, $search: String, $sortBy: StaffSortField, $sortDirection: SortDirection, $offset: Int, $limit: Int, $schoolYear: Int) {\n  staff(\n    schoolId: $schoolId\n    search: $search\n    sortBy: $sortBy\n    sortDirection: $sortDirection\n    offset: $offset\n    limit: $limit\n    schoolYear: $schoolYear\n  ) {\n    totalCount\n    rows {\n      educator {\n        id\n        fullName\n        email\n      }\n      hourEquivalents\n      recordCount\n      lastPdOn\n    }\n  }\n}\n\nquery SchoolOptions {\n  schools {\n    id\n    name\n  }\n}"): (typeof documents)["query Staff($schoolId: ID, $search: String, $sortBy: StaffSortField, $sortDirection: SortDirection, $offset: Int, $limit: Int, $schoolYear: Int) {\n  staff(\n    schoolId: $schoolId\n    search: $search\n    sortBy: $sortBy\n    sortDirection: $sortDirection\n    offset: $offset\n    limit: $limit\n    schoolYear: $schoolYear\n  ) {\n    totalCount\n    rows {\n      educator {\n        id\n        fullName\n        email\n      }\n      hourEquivalents\n      recordCount\n      lastPdOn\n    }\n  }\n}\n\nquery SchoolOptions {\n  schools {\n    id\n    name\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;