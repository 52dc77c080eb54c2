import { describe, expect, it } from "vitest";
import { allowsHttpLoopback, isLoopbackHost, webhookUrlProblem } from "../../src/events/url-rules";

describe("webhook URL rules", () => {
  it("accept https URLs", () => {
    expect(webhookUrlProblem("https://example.com/hooks?x=1", false)).toBeNull();
    expect(webhookUrlProblem("https://127.0.0.1:8443/", false)).toBeNull();
  });

  it("refuse what is not an https URL", () => {
    expect(webhookUrlProblem("example.com/hooks", false)).toMatch(/absolute URL/);
    expect(webhookUrlProblem("ftp://example.com/", false)).toMatch(/https/);
    expect(webhookUrlProblem("http://example.com/", false)).toMatch(/https/);
    expect(webhookUrlProblem("javascript:alert(1)", true)).toMatch(/https/);
  });

  it("refuse credentials, fragments and URLs over 2,000 characters", () => {
    expect(webhookUrlProblem("https://user:pw@example.com/", false)).toMatch(/credentials/);
    expect(webhookUrlProblem("https://user@example.com/", false)).toMatch(/credentials/);
    expect(webhookUrlProblem("https://example.com/#x", false)).toMatch(/fragment/);
    expect(webhookUrlProblem(`https://example.com/${"a".repeat(1981)}`, false)).toMatch(/2000/);
    expect(webhookUrlProblem(`https://example.com/${"a".repeat(1980)}`, false)).toBeNull();
  });

  it("allow http only to loopback hosts, and only where the deployment allows it", () => {
    for (const url of ["http://localhost:3000/h", "http://127.0.0.1:9/h", "http://[::1]:8080/h", "http://hooks.localhost/"]) {
      expect(webhookUrlProblem(url, true)).toBeNull();
      expect(webhookUrlProblem(url, false)).toMatch(/https/);
    }
    expect(webhookUrlProblem("http://10.0.0.1/h", true)).toMatch(/loopback/);
    expect(webhookUrlProblem("http://localhost.example.com/h", true)).toMatch(/loopback/);
  });

  it("recognize loopback hosts and read the deployment variable", () => {
    expect(isLoopbackHost("127.1.2.3")).toBe(true);
    expect(isLoopbackHost("128.0.0.1")).toBe(false);
    expect(allowsHttpLoopback("true")).toBe(true);
    expect(allowsHttpLoopback("false")).toBe(false);
    expect(allowsHttpLoopback(undefined)).toBe(false);
  });
});
