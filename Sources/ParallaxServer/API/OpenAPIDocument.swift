/// The OpenAPI 3 description of every route, served at /api/openapi.json; the tests check responses against it.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "Parallax",
        "version": "1.0.0",
        "description": "Many news articles about the same events in, one verified and cited brief per story out. Errors are JSON objects {\"error\": \"...\"}; bad input names the field."
      },
      "paths": {
        "/health": {
          "get": {
            "summary": "Liveness and the number of stored articles",
            "responses": {
              "200": {"description": "The server is up", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}
            }
          }
        },
        "/api/openapi.json": {
          "get": {
            "summary": "This document",
            "responses": {
              "200": {"description": "The OpenAPI document", "content": {"application/json": {"schema": {"type": "object", "required": ["openapi", "info", "paths"]}}}}
            }
          }
        },
        "/api/articles": {
          "post": {
            "summary": "Add articles: one JSON object, or JSON Lines with one object per line",
            "requestBody": {
              "required": true,
              "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/ArticleInput"}},
                "application/x-ndjson": {"schema": {"$ref": "#/components/schemas/ArticleInput"}}
              }
            },
            "responses": {
              "201": {"description": "Each article's id and the story it joined, in input order", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Added"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"},
              "401": {"description": "The server has a token and the request does not carry it (Authorization: Bearer TOKEN)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "403": {"description": "Origin or Sec-Fetch-Site says the request comes from a page of another site", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "413": {"$ref": "#/components/responses/TooLarge"},
              "415": {"description": "The body is neither application/json nor application/x-ndjson", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "security": [{}, {"bearer": []}]
          }
        },
        "/api/stories": {
          "get": {
            "summary": "Stories, newest first (by when an article last joined them)",
            "parameters": [
              {"name": "since", "in": "query", "schema": {"type": "string"}, "description": "Only stories updated at or after this ISO 8601 date or date-time"},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 20}},
              {"name": "cursor", "in": "query", "schema": {"type": "string"}, "description": "The `next` value of the previous page"}
            ],
            "responses": {
              "200": {"description": "One page of stories", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoryList"}}}},
              "400": {"$ref": "#/components/responses/BadRequest"}
            }
          }
        },
        "/api/stories/{id}": {
          "get": {
            "summary": "The story's brief as JSON, the schema of `parallax brief --format json` (docs/brief-json-schema.md)",
            "parameters": [{"$ref": "#/components/parameters/StoryID"}],
            "responses": {
              "200": {"description": "A brief document holding one story", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BriefDocument"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/stories/{id}/brief": {
          "get": {
            "summary": "The story's brief rendered as Markdown, HTML, terminal text or JSON",
            "parameters": [
              {"$ref": "#/components/parameters/StoryID"},
              {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["markdown", "html", "text", "json"], "default": "markdown"}}
            ],
            "responses": {
              "200": {
                "description": "The rendered brief",
                "content": {
                  "text/markdown": {"schema": {"type": "string"}},
                  "text/html": {"schema": {"type": "string"}},
                  "text/plain": {"schema": {"type": "string"}},
                  "application/json": {"schema": {"$ref": "#/components/schemas/BriefDocument"}}
                }
              },
              "400": {"$ref": "#/components/responses/BadRequest"},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/api/articles/{id}": {
          "get": {
            "summary": "One extracted article with its metadata and story",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
            "responses": {
              "200": {"description": "The article", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Article"}}}},
              "404": {"$ref": "#/components/responses/NotFound"}
            }
          }
        },
        "/": {
          "get": {
            "summary": "The story list page (HTML)",
            "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "responses": {
              "200": {"description": "The page", "content": {"text/html": {"schema": {"type": "string"}}}},
              "400": {"description": "A page link that is not valid", "content": {"text/html": {"schema": {"type": "string"}}}}
            }
          }
        },
        "/stories/{id}": {
          "get": {
            "summary": "The story page (HTML): cited summary, agreement, single-source facts, contradictions, quotes, timeline, entities, related coverage, highlighted sources",
            "parameters": [{"$ref": "#/components/parameters/StoryID"}],
            "responses": {
              "200": {"description": "The page", "content": {"text/html": {"schema": {"type": "string"}}}},
              "404": {"description": "No such story", "content": {"text/html": {"schema": {"type": "string"}}}}
            }
          }
        },
        "/static/parallax.css": {
          "get": {"summary": "The pages' stylesheet", "responses": {"200": {"description": "CSS", "content": {"text/css": {"schema": {"type": "string"}}}}}}
        },
        "/static/parallax.js": {
          "get": {"summary": "The pages' script", "responses": {"200": {"description": "JavaScript", "content": {"text/javascript": {"schema": {"type": "string"}}}}}}
        }
      },
      "components": {
        "securitySchemes": {
          "bearer": {"type": "http", "scheme": "bearer", "description": "Required for writes when the server was started with --token or PARALLAX_TOKEN"}
        },
        "parameters": {
          "StoryID": {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}
        },
        "responses": {
          "BadRequest": {"description": "Bad input; the message names the field or parameter", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "NotFound": {"description": "Unknown id", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "TooLarge": {"description": "The body is over the limit (10 MB by default)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
          "Health": {"type": "object", "required": ["status", "articles"], "properties": {"status": {"type": "string", "enum": ["ok"]}, "articles": {"type": "integer"}}},
          "ArticleInput": {
            "type": "object",
            "description": "A record as parallax reads JSON Lines: text or html is required, or a title alone (a headline)",
            "properties": {
              "id": {"type": "string", "description": "Derived from the URL or the content when absent"},
              "url": {"type": "string"},
              "title": {"type": "string"},
              "publisher": {"type": "string"},
              "author": {"type": "string"},
              "authors": {"type": "array", "items": {"type": "string"}},
              "language": {"type": "string"},
              "published": {"type": "string", "description": "A date: ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, with a time), RFC 2822, or written (9 April 2024)"},
              "text": {"type": "string"},
              "html": {"type": "string"}
            }
          },
          "Assignment": {
            "type": "object",
            "required": ["article", "diagnostics"],
            "properties": {
              "article": {"type": "string"},
              "story": {"type": "string", "nullable": true, "description": "Absent when the article had no readable text"},
              "diagnostics": {"type": "array", "items": {"type": "string"}}
            }
          },
          "Added": {"type": "object", "required": ["articles"], "properties": {"articles": {"type": "array", "items": {"$ref": "#/components/schemas/Assignment"}}}},
          "StoryItem": {
            "type": "object",
            "required": ["id", "headline", "sources", "articles", "firstSeen", "lastSeen", "links"],
            "properties": {
              "id": {"type": "string"},
              "headline": {"type": "string"},
              "sources": {"type": "integer", "description": "Distinct outlets"},
              "articles": {"type": "integer"},
              "firstSeen": {"type": "string", "format": "date-time"},
              "lastSeen": {"type": "string", "format": "date-time"},
              "links": {"type": "object", "required": ["brief", "page"], "properties": {"brief": {"type": "string"}, "page": {"type": "string"}}}
            }
          },
          "StoryList": {
            "type": "object",
            "required": ["stories", "next"],
            "properties": {
              "stories": {"type": "array", "items": {"$ref": "#/components/schemas/StoryItem"}},
              "next": {"type": "string", "nullable": true}
            }
          },
          "BriefDocument": {
            "type": "object",
            "required": ["schema", "stories"],
            "properties": {
              "schema": {"type": "string", "enum": ["parallax.brief/2"]},
              "stories": {"type": "array", "items": {"type": "object", "required": ["story", "headline", "summary", "agreement", "uniqueFacts", "conflicts", "quotes", "entities", "timeline", "copies", "sources", "related"]}}
            }
          },
          "Article": {
            "type": "object",
            "required": ["id", "origin", "story", "added", "text", "metadata", "wires", "diagnostics"],
            "properties": {
              "id": {"type": "string"},
              "origin": {"type": "string"},
              "story": {"type": "string", "nullable": true},
              "added": {"type": "string", "format": "date-time", "nullable": true},
              "text": {"type": "string"},
              "metadata": {"type": "object", "properties": {"title": {"type": "string"}, "publisher": {"type": "string"}, "authors": {"type": "array", "items": {"type": "string"}}, "published": {"type": "string"}, "url": {"type": "string"}, "language": {"type": "string"}}},
              "wires": {"type": "array", "items": {"type": "object"}},
              "diagnostics": {"type": "array", "items": {"type": "string"}}
            }
          }
        }
      }
    }
    """#
}
