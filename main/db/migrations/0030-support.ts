import type { Migration } from './migration';

/**
 * Self-service without signing in: citizen feedback (phản ánh, kiến nghị), office announcements, and
 * indexes that keep the paginated public directory searches under a few milliseconds. Three demo
 * announcements are inserted here (once, with the schema) rather than at every start, so that an
 * administrator who removes them with `news-remove` does not see them come back.
 */
export const supportMigration: Migration = {
  version: 30,
  name: 'support',
  up(db) {
    db.exec(`
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        topic TEXT NOT NULL,
        message TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
        phone TEXT,                                  -- optional, only so the office can reply
        created_at TEXT NOT NULL,                    -- ISO 8601 UTC
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'handled'))
      ) STRICT;
      CREATE INDEX feedback_by_created ON feedback (created_at);

      CREATE TABLE news (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        published_at TEXT NOT NULL,                  -- ISO 8601 UTC
        expires_at TEXT,                             -- 'YYYY-MM-DD': shown up to and including that day
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))
      ) STRICT;
      CREATE INDEX news_by_order ON news (pinned DESC, published_at DESC);

      -- Directory searches filter by province and page in this order: the index serves both.
      CREATE INDEX IF NOT EXISTS employers_by_province_code ON employers (province_code, code);
      CREATE INDEX IF NOT EXISTS facilities_by_province_code ON facilities (province_code, code);
      CREATE INDEX IF NOT EXISTS collection_points_by_province_id ON collection_points (province_code, id);
    `);
    const now = new Date().toISOString();
    const insert = db.prepare('INSERT INTO news (title, body, published_at, expires_at, pinned) VALUES (?, ?, ?, NULL, ?)');
    insert.run(
      'Kiosk tự phục vụ đã hoạt động',
      'Từ hôm nay, người dân có thể tự tra cứu mã số BHXH, cơ quan BHXH, cơ sở khám chữa bệnh BHYT và đăng ký giao dịch điện tử (VssID) tại kiosk. Cán bộ tại quầy luôn sẵn sàng hỗ trợ.',
      now,
      1,
    );
    insert.run(
      'Giờ làm việc của cơ quan BHXH',
      'Bộ phận một cửa làm việc từ Thứ Hai đến Thứ Sáu: sáng 7:30–11:30, chiều 13:30–17:00. Ngoài giờ làm việc, vui lòng gọi tổng đài 1900 9068.',
      now,
      0,
    );
    insert.run(
      'Dùng thẻ BHYT trên ứng dụng VssID',
      'Người tham gia BHYT có thể xuất trình hình ảnh thẻ BHYT trên ứng dụng VssID hoặc thẻ Căn cước công dân gắn chip khi đi khám chữa bệnh, thay cho thẻ giấy.',
      now,
      0,
    );
  },
};
