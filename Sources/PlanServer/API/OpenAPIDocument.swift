/// The OpenAPI 3.1 description of the JSON API, served at `/api/v1/openapi.yaml`.
enum OpenAPIDocument {
    static let yaml = #"""
        openapi: 3.1.0
        info:
          title: PlanSheets server API
          version: "1"
          description: |
            Hand in budget sheets and read what is wrong with them; for the secretariat, accept
            them into the plan, fetch the overview workbook of any plan version and see what
            changed between two versions.
            Authenticate with the secret that `plansheet serve --data DIR admin add NAME` or
            `… partner add NAME` printed: `Authorization: Bearer SECRET`. A partner sees only
            their own submissions; the secretariat sees all. Messages come in Danish and English.
        servers:
          - url: /api/v1
        security:
          - secret: []
        paths:
          /submissions:
            post:
              summary: Hand in a budget sheet (XLSX or CSV) and get the validate report.
              description: The file's format is told by its content, not its name. The upload limit is 20 MB unless the server was started with another.
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: [file]
                      properties:
                        file:
                          type: string
                          format: binary
              responses:
                "201":
                  description: Stored and checked.
                  headers:
                    Location:
                      schema: {type: string}
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/SubmissionDetail"}
                "400": {$ref: "#/components/responses/Error"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "413": {$ref: "#/components/responses/Error"}
            get:
              summary: The submissions the caller may see (own, or all for the secretariat), newest first.
              responses:
                "200":
                  description: The list.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [submissions]
                        properties:
                          submissions:
                            type: array
                            items: {$ref: "#/components/schemas/Submission"}
                "401": {$ref: "#/components/responses/Unauthorized"}
          /submissions/{id}:
            parameters:
              - {name: id, in: path, required: true, schema: {type: integer}}
            get:
              summary: One submission with its report (404 for another partner's).
              responses:
                "200":
                  description: The submission.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/SubmissionDetail"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "404": {$ref: "#/components/responses/Error"}
          /submissions/{id}/annotated.xlsx:
            parameters:
              - {name: id, in: path, required: true, schema: {type: integer}}
              - {name: lang, in: query, required: false, schema: {type: string, enum: [da, en]}}
            get:
              summary: The annotated copy of the sheet (faulty cells filled and noted, a first sheet listing the findings).
              responses:
                "200":
                  description: The workbook.
                  content:
                    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet:
                      schema: {type: string, format: binary}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "404": {$ref: "#/components/responses/Error"}
          /submissions/{id}/accept:
            parameters:
              - {name: id, in: path, required: true, schema: {type: integer}}
            post:
              summary: Import the submission into the current plan, making a new plan version (secretariat only).
              responses:
                "201":
                  description: The new plan version.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/PlanVersion"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Error"}
                "404": {$ref: "#/components/responses/Error"}
                "409": {$ref: "#/components/responses/Error"}
                "422":
                  description: The import has errors (listed); nothing was stored.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          error: {$ref: "#/components/schemas/Text"}
                          problems:
                            type: array
                            items:
                              type: object
                              properties:
                                sheet: {type: [string, "null"]}
                                cell: {type: [string, "null"]}
                                message: {$ref: "#/components/schemas/Text"}
          /plans:
            get:
              summary: Every plan version, newest first.
              responses:
                "200":
                  description: The versions.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [plans]
                        properties:
                          plans:
                            type: array
                            items: {$ref: "#/components/schemas/PlanVersion"}
                "401": {$ref: "#/components/responses/Unauthorized"}
          /plans/{version}/overview.xlsx:
            parameters:
              - {name: version, in: path, required: true, schema: {type: integer}}
            get:
              summary: The overview workbook of a plan version.
              responses:
                "200":
                  description: The workbook.
                  content:
                    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet:
                      schema: {type: string, format: binary}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "404": {$ref: "#/components/responses/Error"}
          /plans/{old}/diff/{new}:
            parameters:
              - {name: old, in: path, required: true, schema: {type: integer}, description: The version compared from.}
              - {name: new, in: path, required: true, schema: {type: integer}, description: The version compared to.}
            get:
              summary: What changed between two plan versions (secretariat only).
              description: |
                The JSON `plansheet diff plan-vOLD.json plan-vNEW.json --format json` prints for the two
                versions' plan JSON (docs/serve.md): activities paired by meaning, amounts in whole kroner.
              responses:
                "200":
                  description: The changes, the totals per year and a count of each kind of change.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/PlanDiff"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Error"}
                "404": {$ref: "#/components/responses/Error"}
          /openapi.yaml:
            get:
              summary: This document.
              security: []
              responses:
                "200":
                  description: OpenAPI 3.1 in YAML.
                  content:
                    application/yaml:
                      schema: {type: string}
        components:
          securitySchemes:
            secret:
              type: http
              scheme: bearer
              description: The secret printed by `plansheet serve --data DIR admin|partner add NAME`.
          responses:
            Error:
              description: What went wrong, in Danish and English.
              content:
                application/json:
                  schema:
                    type: object
                    required: [error]
                    properties:
                      error: {$ref: "#/components/schemas/Text"}
            Unauthorized:
              description: No secret, or not a valid one.
              headers:
                WWW-Authenticate:
                  schema: {type: string}
              content:
                application/json:
                  schema:
                    type: object
                    required: [error]
                    properties:
                      error: {$ref: "#/components/schemas/Text"}
          schemas:
            Text:
              type: object
              required: [da, en]
              properties:
                da: {type: string}
                en: {type: string}
            Submission:
              type: object
              required: [id, partner, fileName, submittedAt, planYear, status, errors, warnings, checkedAgainstVersion, acceptedVersion, page]
              properties:
                id: {type: integer}
                partner: {type: string}
                fileName: {type: string, description: The name the file had on the sender's computer.}
                submittedAt: {type: string, format: date-time}
                planYear: {type: [integer, "null"], description: The first funding year the sheet shows.}
                status: {type: string, enum: [errors, warnings, ok]}
                errors: {type: integer, description: Error findings; an unreadable file counts as one.}
                warnings: {type: integer}
                checkedAgainstVersion: {type: [integer, "null"], description: The plan version the sheet was checked against.}
                acceptedVersion: {type: [integer, "null"], description: The plan version the sheet was accepted into.}
                page: {type: string, description: The submission's HTML page.}
            SubmissionDetail:
              allOf:
                - {$ref: "#/components/schemas/Submission"}
                - type: object
                  required: [unreadable, report]
                  properties:
                    unreadable:
                      description: Why the file could not be read (e.g. "this is a PDF document"), or null.
                      oneOf:
                        - {$ref: "#/components/schemas/Text"}
                        - {type: "null"}
                    report:
                      description: The validate JSON report, as `plansheet validate --format json` prints it (see docs/import-validate.md).
                      type: object
                      required: [files, summary]
                      properties:
                        files:
                          type: array
                          items:
                            type: object
                            required: [path, findings]
                            properties:
                              path: {type: string}
                              findings:
                                type: array
                                items: {$ref: "#/components/schemas/Finding"}
                        summary:
                          type: object
                          properties:
                            errors: {type: integer}
                            warnings: {type: integer}
                            info: {type: integer}
            Finding:
              type: object
              required: [rule, severity, file, sheet, cell, activity, expected, found, message]
              properties:
                rule: {type: string}
                severity: {type: string, enum: [error, warning, info]}
                file: {type: string}
                sheet: {type: [string, "null"]}
                cell: {type: [string, "null"]}
                activity: {type: [string, "null"]}
                expected: {type: [string, "null"]}
                found: {type: [string, "null"]}
                message: {$ref: "#/components/schemas/Text"}
            DiffSource:
              type: object
              required: [kind, paths, base]
              properties:
                kind: {type: string, enum: [plan, sheets]}
                paths: {type: array, items: {type: string}, description: "The version's plan JSON, as the plans page names it (plan-v2.json)."}
                base: {type: [string, "null"]}
            PlanDiff:
              type: object
              required: [old, new, changes, totals, summary]
              properties:
                old: {$ref: "#/components/schemas/DiffSource"}
                new: {$ref: "#/components/schemas/DiffSource"}
                changes:
                  type: array
                  items:
                    type: object
                    required: [kind, activity, name, focusArea, field, subject, year, old, new, difference, match]
                    properties:
                      kind:
                        type: string
                        enum: [activity-added, activity-removed, activity-renamed, activity-moved, funding-changed, year-added, year-removed, frame-changed, cofinancing-changed, crime-target-changed, detail-changed]
                      activity: {type: [string, "null"], description: The activity's id.}
                      name: {type: [string, "null"]}
                      focusArea: {type: [integer, "null"]}
                      field: {type: [string, "null"]}
                      subject: {type: [string, "null"]}
                      year: {type: [integer, "null"]}
                      old: {description: "The value before: whole kroner, a number, a text or a list of texts; null when there was none."}
                      new: {description: The value after, the same way.}
                      difference: {type: [integer, "null"], description: New minus old, for amounts (whole kroner) and counts.}
                      match:
                        oneOf:
                          - type: object
                            required: [method, certainty]
                            properties:
                              method: {type: string}
                              certainty: {type: number}
                          - {type: "null"}
                totals:
                  type: array
                  items:
                    type: object
                    required: [year, old, new, difference, remaining]
                    properties:
                      year: {type: integer}
                      old: {type: [integer, "null"]}
                      new: {type: [integer, "null"]}
                      difference: {type: [integer, "null"]}
                      remaining:
                        type: object
                        properties:
                          old: {type: [integer, "null"]}
                          new: {type: [integer, "null"]}
                          difference: {type: [integer, "null"]}
                summary:
                  type: object
                  description: The count of each kind of change, and the total.
                  additionalProperties: {type: integer}
            PlanVersion:
              type: object
              required: [version, createdAt, acceptedBy, submission, note, overview]
              properties:
                version: {type: integer}
                createdAt: {type: string, format: date-time}
                acceptedBy: {type: [string, "null"], description: Who accepted it; null for the first plan given with --plan.}
                submission: {type: [integer, "null"]}
                note: {type: [string, "null"]}
                overview: {type: string, description: Where its overview workbook is.}
        """#
}
