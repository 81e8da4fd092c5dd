/**
 * What a decoder does with input the schemas do not describe, on every wire: the three policies, their values, and
 * the wording of the issues they raise, written once so that every wire says the same thing the same way.
 *
 * The unknown-members rule, one for every wire: a member is unknown when no type the value may be declares it. Where
 * the wire names the value's type (VI JSON's `_typeName`, SOAP's `xsi:type`), that is the type and its bases. govmomi
 * JSON names no nested value's type, so there a value may be any known subtype of its declared type, and their
 * members are known too (`TaskInfo.reason` holding a `TaskReasonUser`'s `userName`). Copied into the output folder
 * with the other templates.
 */
/** A `_typeName` that no schema declares, where the declared type has subtypes: decode as that type, or reject. */
export type UnknownTypesPolicy = "nearest" | "reject";
/** Members the schemas do not declare: keep them, strip them, or reject the value. */
export type UnknownMembersPolicy = "keep" | "strip" | "reject";
/** A string an enum field's schema does not list: keep it (as an `UnknownEnumValue`) or reject it. */
export type UnknownEnumValuesPolicy = "keep" | "reject";
/** The three policies, as a decode context holds them. */
export interface Policies {
    readonly unknownTypes: UnknownTypesPolicy;
    readonly unknownMembers: UnknownMembersPolicy;
    readonly unknownEnumValues: UnknownEnumValuesPolicy;
}
/** The issue of a member no type the value may be declares (`subtypesToo`: the wire could not name the type). */
export declare function undeclaredMember(key: string, type: string, subtypesToo: boolean): string;
/** The issue of a `_typeName` no schema declares, under `unknownTypes: "reject"`. */
export declare function rejectedType(name: string, declared: string): string;
