# Seed 002's cURL examples, every ```bash block of the document in its order, each command as the
# document writes it (its own comments kept). A line "#: <name>" names the command after it for
# StreamCurlExamplesTest, which runs each one with the real curl after replacing only the base URL, the
# token placeholder and the ids the document hard-codes (session 123, prompt 1).

## block 1
#: stream
curl -X POST http://localhost:7001/v1/chat/stream \
  -H "Authorization: Bearer YOUR_ACCESS_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "gpt-4",
    "messages": [
      {
        "role": "user",
        "content": "Tell me a story"
      }
    ],
    "temperature": 0.7
  }'

## block 2
# Stream chat with session
#: stream-with-session
curl -X POST http://localhost:7001/v1/chat/stream \
  -H "Authorization: Bearer YOUR_ACCESS_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "gpt-4",
    "messages": [
      {
        "role": "user",
        "content": "Tell me a story"
      }
    ],
    "session_id": 123
  }'

# Switch model
#: switch-model
curl -X POST http://localhost:7001/v1/chat/switch-model \
  -H "Authorization: Bearer YOUR_ACCESS_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
    "session_id": 123,
    "model": "gpt-3.5-turbo"
  }'

## block 3
# Get chat history
#: history
curl -X GET "http://localhost:7001/v1/chat/history?page=1&page_size=10" \
  -H "Authorization: Bearer YOUR_ACCESS_TOKEN"

# Get history with filters
#: history-with-filters
curl -X GET "http://localhost:7001/v1/chat/history?model=gpt-4&start_date=2024-01-01T00:00:00Z" \
  -H "Authorization: Bearer YOUR_ACCESS_TOKEN"

# Delete a chat session
#: delete-session
curl -X DELETE "http://localhost:7001/v1/chat/sessions/123" \
  -H "Authorization: Bearer YOUR_ACCESS_TOKEN"

## block 4
#: upload
curl -X POST \
  -H "Authorization: Bearer YOUR_TOKEN" \
  -F "file=@document.pdf" \
  http://localhost:7001/api/chat/sessions/123/upload

## block 5
#: create-prompt
curl -X POST \
  -H "Authorization: Bearer YOUR_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
    "title": "Text Summarizer",
    "content": "Summarize the following text: {text}",
    "scenario": "summarization",
    "description": "Generates concise summaries"
  }' \
  http://localhost:7001/api/chat/prompts

## block 6
#: list-prompts
curl -X GET \
  -H "Authorization: Bearer YOUR_TOKEN" \
  "http://localhost:7001/api/chat/prompts?scenario=summarization&page=1&page_size=20"

## block 7
#: preview-prompt
curl -X POST \
  -H "Authorization: Bearer YOUR_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
    "prompt_id": 1,
    "variables": {
      "text": "Sample text to summarize"
    }
  }' \
  http://localhost:7001/api/chat/prompts/preview

## block 8
#: update-prompt
curl -X PUT \
  -H "Authorization: Bearer YOUR_TOKEN" \
  -H "Content-Type: application/json" \
  -d '{
    "title": "Updated Title",
    "content": "Updated content"
  }' \
  http://localhost:7001/api/chat/prompts/1

## block 9
#: delete-prompt
curl -X DELETE \
  -H "Authorization: Bearer YOUR_TOKEN" \
  http://localhost:7001/api/chat/prompts/1
