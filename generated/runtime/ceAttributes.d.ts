/** A CloudEvent's context attributes, checked. */
export interface CloudEventAttributes {
    readonly specversion: "1.0";
    /** Identifies the event; with `source`, unique per distinct event. */
    readonly id: string;
    /** A URI-reference naming the context the event happened in (the vCenter Server's SDK URL). */
    readonly source: string;
    /** `com.vmware.vsphere.VmPoweredOnEvent.v0`, `com.vmware.event.router/event`, ... */
    readonly type: string;
    readonly datacontenttype?: string;
    readonly dataschema?: string;
    readonly subject?: string;
    /** RFC 3339, as sent. */
    readonly time?: string;
    /** Extension attributes (`eventclass`, `knativearrivaltime`, ...) by name. */
    readonly extensions: Readonly<Record<string, string | number | boolean>>;
}
export type Issues = {
    path: string;
    message: string;
}[];
/**
 * Checks the attributes of a structured envelope (or of the headers, as a record), records each problem at
 * `where(name)` and returns the attributes. Unset optional attributes (absent or `null`) are left out.
 */
export declare function readAttributes(record: Record<string, unknown>, where: (name: string) => string, issues: Issues, skip: ReadonlySet<string>): CloudEventAttributes;
/** Whether the event data is XML (`application/xml`, `text/xml`, `...+xml`), as the Knative source sends it by default. */
export declare function isXmlData(attributes: CloudEventAttributes): boolean;
