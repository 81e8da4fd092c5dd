/**
 * `faultOf`, which the output's client exports: the fault a call's error carries, typed as one of the catalogue's
 * MethodFaults, whichever way the call failed (a SOAP fault, a VI JSON fault, a task that ended in error); every other
 * error carries none. The SOAP faults are read from SOAP text as the SOAP wire reads an answer; the VI JSON fault
 * and the task's error are made as the wires make them, from decoded values.
 */
import {
  DecodeError,
  SoapFault,
  TaskError,
  VimConnectionError,
  VimFault,
  decodeMethodFault,
  decodeTaskInfo,
  faultOf,
  isInvalidLogin,
  isInvalidPowerState,
  parseSoapReturn,
  type AnyMethodFault,
} from "../catalogue";
import { thrown } from "../support/helpers";

const INVALID_LOGIN =
  '<?xml version="1.0"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body><soapenv:Fault><faultcode>ServerFaultCode</faultcode>' +
  '<faultstring>Login failure</faultstring><detail><InvalidLoginFault xmlns="urn:vim25" xsi:type="InvalidLogin"></InvalidLoginFault>' +
  "</detail></soapenv:Fault></soapenv:Body></soapenv:Envelope>";

const INVALID_POWER_STATE = {
  _typeName: "InvalidPowerState",
  requestedState: "poweredOn",
  existingState: "poweredOff",
};

test("a SOAP fault's detail, decoded as its MethodFault subtype", () => {
  const error = thrown(() => parseSoapReturn("Login", INVALID_LOGIN));
  expect(error).toBeInstanceOf(SoapFault);
  const fault: AnyMethodFault | undefined = faultOf(error);
  expect(fault?._typeName).toBe("InvalidLogin");
  expect(isInvalidLogin(fault)).toBe(true);
});

test("a VI JSON fault's fault", () => {
  const error = new VimFault(500, decodeMethodFault(INVALID_POWER_STATE));
  const fault = faultOf(error);
  expect(fault).toEqual(INVALID_POWER_STATE);
  // The guard narrows it to the subtype's fields.
  expect(isInvalidPowerState(fault) ? fault.existingState : undefined).toBe("poweredOff");
});

test("a failed task's fault, out of its LocalizedMethodFault", () => {
  const info = decodeTaskInfo({
    _typeName: "TaskInfo",
    key: "task-7",
    task: { _typeName: "ManagedObjectReference", type: "Task", value: "task-7" },
    descriptionId: "VirtualMachine.powerOn",
    state: "error",
    cancelled: false,
    cancelable: false,
    error: {
      _typeName: "LocalizedMethodFault",
      fault: INVALID_POWER_STATE,
      localizedMessage: "The attempted operation cannot be performed in the current state (Powered on).",
    },
    reason: { _typeName: "TaskReasonUser", userName: "root" },
    queueTime: "2026-12-06T10:00:00Z",
    eventChainId: 12,
  });
  const fault = faultOf(new TaskError(info));
  expect(fault).toEqual(INVALID_POWER_STATE);
  expect(isInvalidPowerState(fault)).toBe(true);
});

test("no fault where the server gave none, or gave no answer", () => {
  const noDetail = thrown(() => parseSoapReturn("Login", INVALID_LOGIN.replace(/<detail>.*<\/detail>/, "")));
  expect(noDetail).toBeInstanceOf(SoapFault);
  expect(faultOf(noDetail)).toBeUndefined();
  // A detail that does not decode (an enum value the schemas do not know, refused) is reported in detailIssues: faultOf
  // gives nothing rather than a value its type would lie about.
  const undecoded = thrown(() =>
    parseSoapReturn(
      "Login",
      INVALID_LOGIN.replace(
        '<InvalidLoginFault xmlns="urn:vim25" xsi:type="InvalidLogin"></InvalidLoginFault>',
        '<InvalidPowerStateFault xmlns="urn:vim25" xsi:type="InvalidPowerState"><existingState>melted</existingState></InvalidPowerStateFault>',
      ),
      { unknownEnumValues: "reject" },
    ),
  );
  expect(undecoded).toBeInstanceOf(SoapFault);
  expect((undecoded as SoapFault).detailIssues.length).toBeGreaterThan(0);
  expect(faultOf(undecoded)).toBeUndefined();
  expect(faultOf(new VimConnectionError("https://vc/sdk", "refused", "connection refused"))).toBeUndefined();
  expect(faultOf(new DecodeError([{ path: "$.key", message: "expected an integer" }]))).toBeUndefined();
  expect(faultOf(new Error("InvalidPowerState"))).toBeUndefined();
  // Not an error the client threw, though shaped like one.
  expect(faultOf({ fault: INVALID_POWER_STATE, detail: INVALID_POWER_STATE })).toBeUndefined();
  expect(faultOf(undefined)).toBeUndefined();
});
