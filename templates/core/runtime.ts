/**
 * The one module generated code imports at run time (as `rt`): every value the run-time templates declare (core/,
 * and a folder per wire and per transport), re-exported as a constant, and their types. Written by
 * `npm run runtime` (scripts/runtime/runtimeModule.ts) from the templates' own exports: do not edit.
 *
 * Files under templates/ are templates: the generator copies them verbatim (after its own header) into the output
 * folder, side by side, so that generated code needs no npm package at run time. They are compiled and tested here
 * like any other source file.
 */
export type * from "./boxed";
export type * from "./context";
export type * from "./convert";
export type * from "./decode";
export type * from "./elements";
export type * from "./formats";
export type * from "./json";
export type * from "./methodValues";
export type * from "./policies";
export type * from "../vijson/jsonMethods";
export type * from "../govmomi/govmomiTable";
export type * from "../soap/soapDecode";
export type * from "../soap/soapRead";
export type * from "../soap/soapValues";
export type * from "../soap/vimxml";
export type * from "../soap/xml";
export type * from "../soap/xmlText";
export type * from "../transport/arrayScanner";
export type * from "../transport/ceAttributes";
export type * from "../transport/ceHeaders";
export type * from "../transport/envelope";
export type * from "../transport/jsonArrays";
export type * from "../transport/stream";
export type * from "../transport/streamBatch";
// The functions are re-exported as constants, not with `export *`: compiled to CommonJS, `export *` makes each a
// getter, and a getter call on every `rt.isString` cost the guards a tenth of their speed (measured, README).
import { decodeOtherValue as boxed$decodeOtherValue, isOtherValue as boxed$isOtherValue } from "./boxed";
import {
  isRecord as checks$isRecord,
  own as checks$own,
  isInt8 as checks$isInt8,
  isInt16 as checks$isInt16,
  isInt32 as checks$isInt32,
  isInt64 as checks$isInt64,
  isDouble as checks$isDouble,
  isBoolean as checks$isBoolean,
  isString as checks$isString,
  isBase64 as checks$isBase64,
  isDateTime as checks$isDateTime,
  dateTimeMillis as checks$dateTimeMillis,
  isDateValue as checks$isDateValue,
  isInt64BigInt as checks$isInt64BigInt,
  describeValue as checks$describeValue,
  expectedText as checks$expectedText,
  problem as checks$problem,
  prefixCodedNames as checks$prefixCodedNames,
  wireTypeName as checks$wireTypeName,
  encodedObject as checks$encodedObject,
  unnamedSubtype as checks$unnamedSubtype,
  declaredOnly as checks$declaredOnly,
  keepWireTypeName as checks$keepWireTypeName,
  memberPath as checks$memberPath,
  isA as checks$isA,
} from "./checks";
import {
  DecodeError as context$DecodeError,
  ISOLATE_ELEMENTS as context$ISOLATE_ELEMENTS,
  decodeContext as context$decodeContext,
  fail as context$fail,
  failTypeName as context$failTypeName,
  unknownEnumValue as context$unknownEnumValue,
  finish as context$finish,
  nestedTooDeeply as context$nestedTooDeeply,
  tooDeep as context$tooDeep,
  inContext as context$inContext,
  decodeRoot as context$decodeRoot,
} from "./context";
import {
  readInt64 as convert$readInt64,
  readDateTime as convert$readDateTime,
  dateTimeText as convert$dateTimeText,
  writeDateTime as convert$writeDateTime,
  convertArray as convert$convertArray,
} from "./convert";
import {
  parseAndDecode as decode$parseAndDecode,
  isArrayOf as decode$isArrayOf,
  checkArray as decode$checkArray,
  decodeArray as decode$decodeArray,
  decodeRootArray as decode$decodeRootArray,
  decodeOtherType as decode$decodeOtherType,
  checkMembers as decode$checkMembers,
  family as decode$family,
  decodeExactAt as decode$decodeExactAt,
  withTypeName as decode$withTypeName,
  exactStart as decode$exactStart,
  stringifier as decode$stringifier,
  decoder as decode$decoder,
  safeDecoder as decode$safeDecoder,
  arrayDecoder as decode$arrayDecoder,
  parser as decode$parser,
  arrayParser as decode$arrayParser,
  decodeBoxedEnum as decode$decodeBoxedEnum,
  decodeBoxedArray as decode$decodeBoxedArray,
} from "./decode";
import {
  UndecodedElement as elements$UndecodedElement,
  decodeIsolated as elements$decodeIsolated,
} from "./elements";
import {
  FORMAT_CHECKS as formats$FORMAT_CHECKS,
  primitiveBox as formats$primitiveBox,
  arrayBoxItem as formats$arrayBoxItem,
} from "./formats";
import {
  scanForUnusualNumber as json$scanForUnusualNumber,
  backslashesBefore as json$backslashesBefore,
  mayHoldUnusualNumber as json$mayHoldUnusualNumber,
  parseJson as json$parseJson,
  parseJsonExactly as json$parseJsonExactly,
  stringifyJson as json$stringifyJson,
} from "./json";
import {
  methodEntry as methodValues$methodEntry,
  primitiveAt as methodValues$primitiveAt,
  decodeReturn as methodValues$decodeReturn,
} from "./methodValues";
import {
  undeclaredMember as policies$undeclaredMember,
  rejectedType as policies$rejectedType,
} from "./policies";
import {
  jsonMethodRequest as jsonMethods$jsonMethodRequest,
  jsonMethodReturn as jsonMethods$jsonMethodReturn,
} from "../vijson/jsonMethods";
import {
  gmPath as gojson$gmPath,
  gmFail as gojson$gmFail,
  gmAt as gojson$gmAt,
  gmAsOtherType as gojson$gmAsOtherType,
  gmAtList as gojson$gmAtList,
  gmRest as gojson$gmRest,
  gmArray as gojson$gmArray,
  gmCheckArray as gojson$gmCheckArray,
  gmAny as gojson$gmAny,
} from "../govmomi/gojson";
import {
  gmDecode as govmomiDecode$gmDecode,
  gmParse as govmomiDecode$gmParse,
  gmEncode as govmomiDecode$gmEncode,
} from "../govmomi/govmomiDecode";
import {
  gmBoxName as govmomiEncode$gmBoxName,
  gmEncodeAt as govmomiEncode$gmEncodeAt,
  gmEncodeAny as govmomiEncode$gmEncodeAny,
} from "../govmomi/govmomiEncode";
import {
  chainOf as govmomiTable$chainOf,
  membersBelow as govmomiTable$membersBelow,
} from "../govmomi/govmomiTable";
import {
  soapParse as soapDecode$soapParse,
  soapDecode as soapDecode$soapDecode,
  soapEncode as soapDecode$soapEncode,
  soapMethodRequest as soapDecode$soapMethodRequest,
  soapMethodReturn as soapDecode$soapMethodReturn,
} from "../soap/soapDecode";
import {
  readSoapBody as soapRead$readSoapBody,
  readSoapElement as soapRead$readSoapElement,
} from "../soap/soapRead";
import {
  fromText as soapValues$fromText,
  readText as soapValues$readText,
  isBlank as soapValues$isBlank,
  readObject as soapValues$readObject,
  readAny as soapValues$readAny,
  readGeneric as soapValues$readGeneric,
} from "../soap/soapValues";
import {
  writeSoapElement as soapWrite$writeSoapElement,
  writeSoapEnvelope as soapWrite$writeSoapEnvelope,
} from "../soap/soapWrite";
import {
  VIM25_NAMESPACE as vimxml$VIM25_NAMESPACE,
  SOAP_ENVELOPE_NAMESPACE as vimxml$SOAP_ENVELOPE_NAMESPACE,
  ARRAY as vimxml$ARRAY,
  OPTIONAL as vimxml$OPTIONAL,
  resolvedCache as vimxml$resolvedCache,
  resolved as vimxml$resolved,
  REFERENCE_ATTRIBUTES as vimxml$REFERENCE_ATTRIBUTES,
  SoapFault as vimxml$SoapFault,
  SoapEncodeError as vimxml$SoapEncodeError,
} from "../soap/vimxml";
import {
  XSI_NAMESPACE as xml$XSI_NAMESPACE,
  XSD_NAMESPACE as xml$XSD_NAMESPACE,
  MAX_DEPTH as xml$MAX_DEPTH,
  START as xml$START,
  END as xml$END,
  EOF as xml$EOF,
  XmlReader as xml$XmlReader,
  attributeOf as xml$attributeOf,
} from "../soap/xml";
import {
  unwritableAt as xmlEscape$unwritableAt,
  escapeText as xmlEscape$escapeText,
  escapeAttribute as xmlEscape$escapeAttribute,
} from "../soap/xmlEscape";
import {
  XmlSyntaxError as xmlText$XmlSyntaxError,
  lineColumn as xmlText$lineColumn,
  NOT_XML_CHAR as xmlText$NOT_XML_CHAR,
  MAYBE_NOT_XML_CHAR as xmlText$MAYBE_NOT_XML_CHAR,
  decodeText as xmlText$decodeText,
} from "../soap/xmlText";
import {
  StreamSyntax as arrayScanner$StreamSyntax,
  ArrayScanner as arrayScanner$ArrayScanner,
  isSpace as arrayScanner$isSpace,
} from "../transport/arrayScanner";
import {
  readAttributes as ceAttributes$readAttributes,
  isXmlData as ceAttributes$isXmlData,
} from "../transport/ceAttributes";
import {
  isStructuredRequest as ceHeaders$isStructuredRequest,
  binaryAttributes as ceHeaders$binaryAttributes,
  binaryHeaders as ceHeaders$binaryHeaders,
} from "../transport/ceHeaders";
import {
  envelopeEvent as envelope$envelopeEvent,
  withEnvelopeTypeId as envelope$withEnvelopeTypeId,
  decodeEnvelopeData as envelope$decodeEnvelopeData,
  jsonValue as envelope$jsonValue,
  structuredData as envelope$structuredData,
  DATA_MEMBERS as envelope$DATA_MEMBERS,
  envelopeFor as envelope$envelopeFor,
} from "../transport/envelope";
import {
  ceDecodeStructured as envelopeDecode$ceDecodeStructured,
  ceDecodeBatch as envelopeDecode$ceDecodeBatch,
  ceDecodeBinary as envelopeDecode$ceDecodeBinary,
  ceDecodeHttp as envelopeDecode$ceDecodeHttp,
  ceEncode as envelopeDecode$ceEncode,
  ceEncodeBinary as envelopeDecode$ceEncodeBinary,
} from "../transport/envelopeDecode";
import { arrayBatches as jsonArrays$arrayBatches } from "../transport/jsonArrays";
import { ndjsonBatches as ndjson$ndjsonBatches } from "../transport/ndjson";
import { readStream as stream$readStream, decodeStream as stream$decodeStream } from "../transport/stream";
import { texts as utf8Chunks$texts } from "../transport/utf8Chunks";
export const decodeOtherValue = boxed$decodeOtherValue;
export const isOtherValue = boxed$isOtherValue;
export const isRecord = checks$isRecord;
export const own = checks$own;
export const isInt8 = checks$isInt8;
export const isInt16 = checks$isInt16;
export const isInt32 = checks$isInt32;
export const isInt64 = checks$isInt64;
export const isDouble = checks$isDouble;
export const isBoolean = checks$isBoolean;
export const isString = checks$isString;
export const isBase64 = checks$isBase64;
export const isDateTime = checks$isDateTime;
export const dateTimeMillis = checks$dateTimeMillis;
export const isDateValue = checks$isDateValue;
export const isInt64BigInt = checks$isInt64BigInt;
export const describeValue = checks$describeValue;
export const expectedText = checks$expectedText;
export const problem = checks$problem;
export const prefixCodedNames = checks$prefixCodedNames;
export const wireTypeName = checks$wireTypeName;
export const encodedObject = checks$encodedObject;
export const unnamedSubtype = checks$unnamedSubtype;
export const declaredOnly = checks$declaredOnly;
export const keepWireTypeName = checks$keepWireTypeName;
export const memberPath = checks$memberPath;
export const isA = checks$isA;
export const DecodeError = context$DecodeError;
export const ISOLATE_ELEMENTS = context$ISOLATE_ELEMENTS;
export const decodeContext = context$decodeContext;
export const fail = context$fail;
export const failTypeName = context$failTypeName;
export const unknownEnumValue = context$unknownEnumValue;
export const finish = context$finish;
export const nestedTooDeeply = context$nestedTooDeeply;
export const tooDeep = context$tooDeep;
export const inContext = context$inContext;
export const decodeRoot = context$decodeRoot;
export type DecodeError = context$DecodeError;
export const readInt64 = convert$readInt64;
export const readDateTime = convert$readDateTime;
export const dateTimeText = convert$dateTimeText;
export const writeDateTime = convert$writeDateTime;
export const convertArray = convert$convertArray;
export const parseAndDecode = decode$parseAndDecode;
export const isArrayOf = decode$isArrayOf;
export const checkArray = decode$checkArray;
export const decodeArray = decode$decodeArray;
export const decodeRootArray = decode$decodeRootArray;
export const decodeOtherType = decode$decodeOtherType;
export const checkMembers = decode$checkMembers;
export const family = decode$family;
export const decodeExactAt = decode$decodeExactAt;
export const withTypeName = decode$withTypeName;
export const exactStart = decode$exactStart;
export const stringifier = decode$stringifier;
export const decoder = decode$decoder;
export const safeDecoder = decode$safeDecoder;
export const arrayDecoder = decode$arrayDecoder;
export const parser = decode$parser;
export const arrayParser = decode$arrayParser;
export const decodeBoxedEnum = decode$decodeBoxedEnum;
export const decodeBoxedArray = decode$decodeBoxedArray;
export const UndecodedElement = elements$UndecodedElement;
export const decodeIsolated = elements$decodeIsolated;
export type UndecodedElement = elements$UndecodedElement;
export const FORMAT_CHECKS = formats$FORMAT_CHECKS;
export const primitiveBox = formats$primitiveBox;
export const arrayBoxItem = formats$arrayBoxItem;
export const scanForUnusualNumber = json$scanForUnusualNumber;
export const backslashesBefore = json$backslashesBefore;
export const mayHoldUnusualNumber = json$mayHoldUnusualNumber;
export const parseJson = json$parseJson;
export const parseJsonExactly = json$parseJsonExactly;
export const stringifyJson = json$stringifyJson;
export const methodEntry = methodValues$methodEntry;
export const primitiveAt = methodValues$primitiveAt;
export const decodeReturn = methodValues$decodeReturn;
export const undeclaredMember = policies$undeclaredMember;
export const rejectedType = policies$rejectedType;
export const jsonMethodRequest = jsonMethods$jsonMethodRequest;
export const jsonMethodReturn = jsonMethods$jsonMethodReturn;
export const gmPath = gojson$gmPath;
export const gmFail = gojson$gmFail;
export const gmAt = gojson$gmAt;
export const gmAsOtherType = gojson$gmAsOtherType;
export const gmAtList = gojson$gmAtList;
export const gmRest = gojson$gmRest;
export const gmArray = gojson$gmArray;
export const gmCheckArray = gojson$gmCheckArray;
export const gmAny = gojson$gmAny;
export const gmDecode = govmomiDecode$gmDecode;
export const gmParse = govmomiDecode$gmParse;
export const gmEncode = govmomiDecode$gmEncode;
export const gmBoxName = govmomiEncode$gmBoxName;
export const gmEncodeAt = govmomiEncode$gmEncodeAt;
export const gmEncodeAny = govmomiEncode$gmEncodeAny;
export const chainOf = govmomiTable$chainOf;
export const membersBelow = govmomiTable$membersBelow;
export const soapParse = soapDecode$soapParse;
export const soapDecode = soapDecode$soapDecode;
export const soapEncode = soapDecode$soapEncode;
export const soapMethodRequest = soapDecode$soapMethodRequest;
export const soapMethodReturn = soapDecode$soapMethodReturn;
export const readSoapBody = soapRead$readSoapBody;
export const readSoapElement = soapRead$readSoapElement;
export const fromText = soapValues$fromText;
export const readText = soapValues$readText;
export const isBlank = soapValues$isBlank;
export const readObject = soapValues$readObject;
export const readAny = soapValues$readAny;
export const readGeneric = soapValues$readGeneric;
export const writeSoapElement = soapWrite$writeSoapElement;
export const writeSoapEnvelope = soapWrite$writeSoapEnvelope;
export const VIM25_NAMESPACE = vimxml$VIM25_NAMESPACE;
export const SOAP_ENVELOPE_NAMESPACE = vimxml$SOAP_ENVELOPE_NAMESPACE;
export const ARRAY = vimxml$ARRAY;
export const OPTIONAL = vimxml$OPTIONAL;
export const resolvedCache = vimxml$resolvedCache;
export const resolved = vimxml$resolved;
export const REFERENCE_ATTRIBUTES = vimxml$REFERENCE_ATTRIBUTES;
export const SoapFault = vimxml$SoapFault;
export const SoapEncodeError = vimxml$SoapEncodeError;
export type SoapFault = vimxml$SoapFault;
export type SoapEncodeError = vimxml$SoapEncodeError;
export const XSI_NAMESPACE = xml$XSI_NAMESPACE;
export const XSD_NAMESPACE = xml$XSD_NAMESPACE;
export const MAX_DEPTH = xml$MAX_DEPTH;
export const START = xml$START;
export const END = xml$END;
export const EOF = xml$EOF;
export const XmlReader = xml$XmlReader;
export const attributeOf = xml$attributeOf;
export type XmlReader = xml$XmlReader;
export const unwritableAt = xmlEscape$unwritableAt;
export const escapeText = xmlEscape$escapeText;
export const escapeAttribute = xmlEscape$escapeAttribute;
export const XmlSyntaxError = xmlText$XmlSyntaxError;
export const lineColumn = xmlText$lineColumn;
export const NOT_XML_CHAR = xmlText$NOT_XML_CHAR;
export const MAYBE_NOT_XML_CHAR = xmlText$MAYBE_NOT_XML_CHAR;
export const decodeText = xmlText$decodeText;
export type XmlSyntaxError = xmlText$XmlSyntaxError;
export const StreamSyntax = arrayScanner$StreamSyntax;
export const ArrayScanner = arrayScanner$ArrayScanner;
export const isSpace = arrayScanner$isSpace;
export type StreamSyntax = arrayScanner$StreamSyntax;
export type ArrayScanner = arrayScanner$ArrayScanner;
export const readAttributes = ceAttributes$readAttributes;
export const isXmlData = ceAttributes$isXmlData;
export const isStructuredRequest = ceHeaders$isStructuredRequest;
export const binaryAttributes = ceHeaders$binaryAttributes;
export const binaryHeaders = ceHeaders$binaryHeaders;
export const envelopeEvent = envelope$envelopeEvent;
export const withEnvelopeTypeId = envelope$withEnvelopeTypeId;
export const decodeEnvelopeData = envelope$decodeEnvelopeData;
export const jsonValue = envelope$jsonValue;
export const structuredData = envelope$structuredData;
export const DATA_MEMBERS = envelope$DATA_MEMBERS;
export const envelopeFor = envelope$envelopeFor;
export const ceDecodeStructured = envelopeDecode$ceDecodeStructured;
export const ceDecodeBatch = envelopeDecode$ceDecodeBatch;
export const ceDecodeBinary = envelopeDecode$ceDecodeBinary;
export const ceDecodeHttp = envelopeDecode$ceDecodeHttp;
export const ceEncode = envelopeDecode$ceEncode;
export const ceEncodeBinary = envelopeDecode$ceEncodeBinary;
export const arrayBatches = jsonArrays$arrayBatches;
export const ndjsonBatches = ndjson$ndjsonBatches;
export const readStream = stream$readStream;
export const decodeStream = stream$decodeStream;
export const texts = utf8Chunks$texts;
